package org.fazhi.inspection.draw;

import java.io.IOException;
import java.io.OutputStream;

import org.fazhi.inspection.draw.PublishedDraw.Directory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON form of a {@link PublishedDraw} ("fazhi-draw/2", or "fazhi-draw/1" for a single-source seed) token
 * by token: fields in a fixed order, ratios as decimal strings, and straight to the stream, so a million-line
 * directory is never copied into a second form.
 */
final class PublishedDrawWriter {

    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private PublishedDrawWriter() {
    }

    static void write(PublishedDraw draw, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.writer().with(new DrawJsonLayout()).createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("format", draw.format());
            json.writeStringProperty("algorithm", draw.algorithm());
            json.writeName("plan");
            json.writeStartObject();
            json.writeStringProperty("code", draw.plan().code());
            json.writeStringProperty("name", draw.plan().name());
            json.writeStringProperty("region", draw.plan().region());
            json.writeEndObject();
            writeRules(json, draw.rules());
            json.writeName("seed");
            json.writeStartObject();
            if (draw.seed() instanceof CombinedSeed combined) {
                writeSeed(json, combined);
            } else {
                writeSeed(json, (SingleSourceSeed) draw.seed());
            }
            json.writeEndObject();
            writeDirectory(json, "partyDirectory", draw.partyDirectory());
            writeDirectory(json, "inspectorDirectory", draw.inspectorDirectory());
            writeDirectory(json, "conflicts", draw.conflicts());
            writeResult(json, draw.result());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonException failed) {
            throw new IOException("抽查结果写出失败：" + failed.getOriginalMessage(), failed);
        }
    }

    private static void writeSeed(JsonGenerator json, CombinedSeed seed) {
        json.writeStringProperty("construction", seed.construction());
        json.writeStringProperty("commitment", seed.announced().commitment());
        json.writeStringProperty("secret", seed.secret());
        json.writeStringProperty("source", seed.announced().source());
        json.writeStringProperty("issue", seed.announced().issue());
        json.writeStringProperty("publishedAt", seed.announced().publishedAt());
        json.writeStringProperty("readingAt", seed.announced().readingAt());
        json.writeStringProperty("publicValue", seed.entry().publicValue());
        json.writeStringProperty("enteredBy", seed.entry().enteredBy());
        json.writeStringProperty("enteredAt", seed.entry().enteredAt());
        json.writeArrayPropertyStart("witnesses");
        seed.entry().witnesses().forEach(json::writeString);
        json.writeEndArray();
        json.writeStringProperty("value", seed.value());
    }

    private static void writeSeed(JsonGenerator json, SingleSourceSeed seed) {
        json.writeStringProperty("mode", seed.mode().name());
        json.writeStringProperty("commitment", seed.commitment());
        json.writeStringProperty("source", seed.source());
        json.writeStringProperty("value", seed.value());
    }

    private static void writeRules(JsonGenerator json, DrawRules rules) {
        json.writeName("rules");
        json.writeStartObject();
        json.writeName("ratios");
        json.writeStartObject();
        rules.ratios().forEach((grade, ratio) -> json.writeStringProperty(grade, ratio.toPlainString()));
        json.writeEndObject();
        json.writeNumberProperty("inspectorsPerParty", rules.inspectorsPerParty());
        json.writeName("capPerInspector");
        if (rules.capPerInspector() == null) {
            json.writeNull();
        } else {
            json.writeNumber(rules.capPerInspector());
        }
        json.writeBooleanProperty("avoidResidence", rules.avoidResidence());
        json.writeEndObject();
    }

    private static void writeDirectory(JsonGenerator json, String name, Directory directory) {
        json.writeName(name);
        json.writeStartObject();
        json.writeStringProperty("digest", directory.digest());
        json.writeNumberProperty("count", directory.count());
        json.writeArrayPropertyStart("lines");
        for (String line : directory.lines()) {
            json.writeString(line);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, DrawOutcome result) {
        json.writeName("result");
        json.writeStartObject();
        json.writeArrayPropertyStart("assignments");
        for (Assignment assignment : result.assignments()) {
            json.writeStartObject();
            json.writeNumberProperty("party", assignment.partyId());
            json.writeArrayPropertyStart("inspectors");
            for (long officer : assignment.officerIds()) {
                json.writeNumber(officer);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("unstaffed");
        for (long party : result.unstaffedPartyIds()) {
            json.writeNumber(party);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
