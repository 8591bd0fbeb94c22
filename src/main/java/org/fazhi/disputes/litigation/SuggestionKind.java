package org.fazhi.disputes.litigation;

/** Who suggests: a court (司法建议) or a procuratorate (检察建议). */
public enum SuggestionKind {
    JUDICIAL, PROCURATORIAL
}
