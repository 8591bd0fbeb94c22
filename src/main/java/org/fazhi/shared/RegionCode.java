package org.fazhi.shared;

import java.util.regex.Pattern;

/**
 * An administrative region: a six-digit GB/T 2260 county code ({@code 410425}), or a nine-digit township or
 * subdistrict code below it ({@code 410425100}, GB/T 10114). Every record carries one; it drives data scope and,
 * later, sharding.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Pattern COUNTY = Pattern.compile("[1-9]\\d{5}");
    private static final Pattern TOWNSHIP = Pattern.compile("[1-9]\\d{8}");

    public RegionCode {
        if (value == null || !(COUNTY.matcher(value).matches() || TOWNSHIP.matcher(value).matches())) {
            throw new InvalidValueException("shared.region-code.invalid", value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value == null ? null : value.trim());
    }

    public static boolean isValid(String value) {
        return value != null && (COUNTY.matcher(value).matches() || TOWNSHIP.matcher(value).matches());
    }

    public boolean isCounty() {
        return value.length() == 6;
    }

    public boolean isTownship() {
        return value.length() == 9;
    }

    /** The county this region belongs to (itself for a county). */
    public RegionCode county() {
        return isCounty() ? this : new RegionCode(value.substring(0, 6));
    }

    /** True when {@code other} is this region or lies inside it. */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(value);
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
