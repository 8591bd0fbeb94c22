package org.fazhi.registry.agency;

/**
 * Where the public reaches an agency: its office address and phone (printed on its documents) and the line that
 * takes complaints and reports about its enforcement (投诉举报电话). Blank values mean "not yet recorded".
 */
public record AgencyContact(String address, String phone, String complaintPhone) {

    public static final AgencyContact NONE = new AgencyContact("", "", "");

    public AgencyContact {
        address = address == null ? "" : address.strip();
        phone = phone == null ? "" : phone.strip();
        complaintPhone = complaintPhone == null ? "" : complaintPhone.strip();
    }
}
