package org.fazhi.casework.document;

/**
 * A number issued to a document ({@code 郏市监罚〔2026〕12号}).
 *
 * @param text     as printed on the document
 * @param sequence its place in the series of its agency, year and kind, from 1 without gaps
 */
public record DocumentNumber(String text, int sequence) {

    @Override
    public String toString() {
        return text;
    }
}
