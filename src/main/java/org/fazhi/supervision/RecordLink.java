package org.fazhi.supervision;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.platform.InvalidInput;

/**
 * The record a finding or an opinion is about, named as {@link org.fazhi.shared.DataChanged} names records:
 * {@code casework.case:123}. Shown as a link to the record's page where the record has one.
 */
public record RecordLink(String type, long id) {

    private static final Pattern WRITTEN = Pattern.compile("([a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*):([1-9][0-9]{0,17})");
    private static final Map<String, String> PAGES = Map.of(
            "casework.case", "/casework/cases/",
            "casework.compulsory_measure", "/casework/measures/",
            "disclosure.publication", "/disclosure/publications/",
            "inspection.task", "/inspection/tasks/",
            "registry.officer", "/registry/officers/",
            "registry.agency", "/registry/agencies/",
            "entities.party", "/entities/parties/");

    public RecordLink {
        if (!WRITTEN.matcher(type + ":" + id).matches()) {
            throw new IllegalArgumentException("not a record: " + type + ":" + id);
        }
    }

    /** Reads {@code casework.case:123}; a bad one is refused beside {@code field}. */
    public static RecordLink parse(String written, String field) {
        Matcher m = WRITTEN.matcher(written.strip());
        if (!m.matches()) {
            throw InvalidInput.of(field, "supervision.record.invalid", written);
        }
        return new RecordLink(m.group(1), Long.parseLong(m.group(2)));
    }

    /** The record's page, for the types that have one. */
    public Optional<String> href() {
        return Optional.ofNullable(PAGES.get(type)).map(path -> path + id);
    }

    public boolean isCase() {
        return "casework.case".equals(type);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
