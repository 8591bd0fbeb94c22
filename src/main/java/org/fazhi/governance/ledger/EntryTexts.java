package org.fazhi.governance.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An entry's stored values as people read and type them: money in yuan (stored in fen), agencies by name, yes or no
 * in Chinese. The form text of a value is what the validator accepts back, so an entry can be edited as it shows.
 *
 * @param agencyNames the county's agencies (id → name)
 * @param yes         the word for true, e.g. 是
 * @param no          the word for false
 */
record EntryTexts(Map<Long, String> agencyNames, String yes, String no) {

    /** The text a form or the API shows for editing: money as yuan, agencies by id, booleans as true/false. */
    static String formText(LedgerField field, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (field.type() == FieldType.MONEY) {
            return yuan(((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    static Map<String, String> formTexts(LedgerType type, Map<String, Object> values) {
        Map<String, String> texts = new LinkedHashMap<>();
        type.fields().forEach(f -> texts.put(f.code(), formText(f, values.get(f.code()))));
        return texts;
    }

    /** The text a list, a detail page, a search and an export show. */
    String shown(LedgerField field, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case MONEY -> yuan(((Number) value).longValue());
            case BOOLEAN -> Boolean.TRUE.equals(value) ? yes : no;
            case AGENCY -> agencyNames.getOrDefault(((Number) value).longValue(), String.valueOf(value));
            default -> String.valueOf(value);
        };
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
