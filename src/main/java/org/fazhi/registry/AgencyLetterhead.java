package org.fazhi.registry;

/**
 * What a document issued in an agency's name prints about it ({@code {{机关地址}}}, {@code {{机关联系电话}}}):
 * its name, office address and phone. Blank address or phone means the bureau has not recorded them yet.
 */
public record AgencyLetterhead(long agencyId, String name, String address, String phone) {
}
