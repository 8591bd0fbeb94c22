package org.fazhi.inspection.draw;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents published before combined seeds ("fazhi-draw/1"), written by the code of that time and kept as they
 * were: a COMMITTED draw the application made on PostgreSQL, and a PUBLIC_VALUE one. They must stay verifiable.
 */
class OldDocumentsTests {

    @ParameterizedTest
    @ValueSource(strings = {"fazhi-draw-1-committed.json", "fazhi-draw-1-public-value.json"})
    void anOldDocumentStillVerifies(String name) throws IOException {
        PublishedDraw draw = PublishedDrawTests.read(text(name));

        assertThat(draw.format()).isEqualTo(PublishedDraw.FORMAT_V1);
        assertThat(draw.seed()).isInstanceOf(SingleSourceSeed.class);
        assertThat(new DrawVerifier().verify(draw).findings()).isEmpty();
        assertThat(draw.result().assignments()).isNotEmpty();
    }

    @Test
    void anOldDocumentIsWrittenBackByteForByte() throws IOException {
        String json = text("fazhi-draw-1-committed.json");

        assertThat(PublishedDrawTests.write(PublishedDrawTests.read(json))).isEqualTo(json);
    }

    @Test
    void aChangedSeedInAnOldDocumentIsStillCaught() throws IOException {
        String json = text("fazhi-draw-1-committed.json");
        String seed = PublishedDrawTests.read(json).seed().value();

        Verification verification = new DrawVerifier().verify(PublishedDrawTests.read(
                json.replace(seed, seed.substring(1) + "0")));

        assertThat(verification.findings()).first().asString().startsWith("种子与事先公布的承诺值不符");
    }

    static String text(String name) throws IOException {
        try (InputStream in = OldDocumentsTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
