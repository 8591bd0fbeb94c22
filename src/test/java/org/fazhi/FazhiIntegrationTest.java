package org.fazhi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test context of the suite: the whole application on a real embedded PostgreSQL (its own
 * throwaway data directory) with the demo county loaded, served on a random port for the browser tests and
 * through MockMvc for the others. Keeping a single configuration lets the context cache start PostgreSQL once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface FazhiIntegrationTest {
}
