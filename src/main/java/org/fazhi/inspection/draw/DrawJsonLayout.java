package org.fazhi.inspection.draw;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * How a published draw looks as text: the outer objects and arrays (sections, directory lines, assignments) one
 * entry per line, anything nested deeper on a single line, so each directory line and each assignment is one line
 * of the file ({@code {"party": 1, "inspectors": [7, 9]}}) and the file reads and diffs well.
 */
final class DrawJsonLayout implements PrettyPrinter {

    private static final int DEEPEST_MULTI_LINE = 3;

    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator json) {
        json.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator json) {
        json.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator json) {
        if (isMultiLine()) {
            newLine(json, depth);
        }
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator json) {
        json.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) {
        separate(json);
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entries) {
        close(json, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator json) {
        json.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator json) {
        if (isMultiLine()) {
            newLine(json, depth);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) {
        separate(json);
    }

    @Override
    public void writeEndArray(JsonGenerator json, int values) {
        close(json, values, ']');
    }

    /** Whether the innermost open object or array puts its entries on lines of their own. */
    private boolean isMultiLine() {
        return depth <= DEEPEST_MULTI_LINE;
    }

    private void separate(JsonGenerator json) {
        json.writeRaw(',');
        if (isMultiLine()) {
            newLine(json, depth);
        } else {
            json.writeRaw(' ');
        }
    }

    private void close(JsonGenerator json, int entries, char bracket) {
        if (isMultiLine() && entries > 0) {
            newLine(json, depth - 1);
        }
        json.writeRaw(bracket);
        depth--;
    }

    private static void newLine(JsonGenerator json, int indent) {
        json.writeRaw('\n');
        json.writeRaw("  ".repeat(indent));
    }
}
