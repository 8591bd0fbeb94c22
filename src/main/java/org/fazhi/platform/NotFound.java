package org.fazhi.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such record, or not one the caller may see: the two answers are deliberately the same (404), so that ids of
 * other agencies' records reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound(String recordType, Object id) {
        super(recordType + " " + id + " not found or out of scope");
    }
}
