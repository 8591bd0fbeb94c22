package org.fazhi.disclosure.redaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressPlateEmailRedactionTests {

    private static String published(String text, RedactionContext context) {
        return Redaction.of(text, context).apply();
    }

    private static String published(String text) {
        return published(text, RedactionContext.none());
    }

    @Test
    void homeAddressesKeepTheStreetRoadOrVillage() {
        assertThat(published("住郏县文化路88号3单元502室。")).isEqualTo("住郏县文化路***。");
        assertThat(published("住址：郏县安良镇安良村3组15号")).isEqualTo("住址：郏县安良镇安良村***");
        assertThat(published("住郏县阳光花园5栋2单元201室")).isEqualTo("住郏县阳光花园***");
        assertThat(Redaction.of("住郏县文化路88号", RedactionContext.none()).spans().get(0).kind())
                .isEqualTo(RedactionKind.ADDRESS);
    }

    @Test
    void addressesWithoutAUnitOrAHomeCueStay() {
        assertThat(published("住郏县城关镇东街村。")).isEqualTo("住郏县城关镇东街村。");
        assertThat(published("经营场所：郏县文化路88号。")).isEqualTo("经营场所：郏县文化路88号。");
        assertThat(published("郏市监罚〔2026〕12号")).isEqualTo("郏市监罚〔2026〕12号");
    }

    @Test
    void anOrganisationsRegisteredOfficeStaysButItsRepresentativesHomeDoesNot() {
        RedactionContext company = RedactionContext.aboutOrganisation();

        assertThat(published("住所：郏县龙山大道100号。", company)).isEqualTo("住所：郏县龙山大道100号。");
        assertThat(published("法定代表人：张伟，住所：郏县人民路9号院。", company)).isEqualTo("法定代表人：张某，住所：郏县人民路***。");
        assertThat(published("住所：郏县龙山大道100号。", RedactionContext.aboutPerson())).isEqualTo("住所：郏县龙山大道***。");
    }

    @Test
    void platesArePrivateForAPersonAndKeptForACompany() {
        String text = "当事人的车辆豫D12345。";

        assertThat(published(text, RedactionContext.aboutPerson())).isEqualTo("当事人的车辆豫D*****。");
        assertThat(published(text, RedactionContext.none())).isEqualTo("当事人的车辆豫D*****。");
        assertThat(published(text, RedactionContext.aboutOrganisation())).isEqualTo(text);
    }

    @Test
    void theSentenceDecidesBeforeTheParty() {
        assertThat(published("员工的私家车豫D12345。", RedactionContext.aboutOrganisation())).isEqualTo("员工的私家车豫D*****。");
        assertThat(published("某运输公司的货车豫D12345。", RedactionContext.aboutPerson())).isEqualTo("某运输公司的货车豫D12345。");
        assertThat(published("新能源车豫DD12345。", RedactionContext.aboutPerson())).isEqualTo("新能源车豫D******。");
    }

    @Test
    void emailsKeepTheirDomainAndGovernmentMailboxesStay() {
        assertThat(published("邮箱zhangsan@163.com。")).isEqualTo("邮箱***@163.com。");
        assertThat(published("邮箱jxscjg@jiaxian.gov.cn。")).isEqualTo("邮箱jxscjg@jiaxian.gov.cn。");
        assertThat(Redaction.of("a.b@qq.com", RedactionContext.none()).spans().get(0).kind())
                .isEqualTo(RedactionKind.EMAIL);
    }
}
