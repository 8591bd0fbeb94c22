package org.fazhi.registry;

/** An officer, as other modules refer to one. */
public record OfficerId(long value) {
}
