package org.fazhi.inspection.filing;

/**
 * The plan document filed, as stored: its name as uploaded, its type as sniffed from its bytes (never from the name
 * or what the browser said), its size and its SM3 digest, which is also where it is kept.
 */
public record PlanDocument(String name, Type type, long size, String sm3) {

    /** The kinds of document a plan may be filed as, and how each is served back (as a download, never inline). */
    public enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        DOC("application/msword", "doc");

        private final String contentType;
        private final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }
}
