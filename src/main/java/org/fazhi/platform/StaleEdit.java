package org.fazhi.platform;

/** Someone saved the record after this user opened it: optimistic locking refuses the lost update. */
public class StaleEdit extends RuntimeException {

    public StaleEdit(String recordType, Object id) {
        super(recordType + " " + id + " was changed by someone else");
    }
}
