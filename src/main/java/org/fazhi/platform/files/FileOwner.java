package org.fazhi.platform.files;

import java.util.regex.Pattern;

import org.fazhi.shared.RegionCode;

/**
 * Whose a stored file is: a record of some module ({@code inspection.task} 123, {@code casework.case} 45) in a region.
 * The type and id also name the folder the file is kept in, hence their narrow alphabets.
 *
 * @param type   {@code module.record}, lower case
 * @param id     the record's id
 * @param region the region the record belongs to
 */
public record FileOwner(String type, String id, RegionCode region) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_-]*)+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public FileOwner {
        if (!TYPE.matcher(type).matches() || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a file owner: " + type + " " + id);
        }
    }

    public static FileOwner of(String type, Object id, RegionCode region) {
        return new FileOwner(type, String.valueOf(id), region);
    }
}
