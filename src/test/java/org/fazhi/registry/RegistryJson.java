package org.fazhi.registry;

/** Request bodies for the registry API in tests. */
final class RegistryJson {

    private RegistryJson() {
    }

    static String agency(String name) {
        return """
                {"name": "%s", "kind": "COUNTY_DEPARTMENT", "regionCode": "410425", "creditCode": "%s",
                 "legalBasis": "《中华人民共和国行政处罚法》第十七条", "entrustedBy": null, "areas": ["MARKET"],
                 "status": "ACTIVE", "version": 0}""".formatted(name, RegistryTestData.creditCode());
    }
}
