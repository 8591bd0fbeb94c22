package org.fazhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Fazhi: the county's rule-of-law government work, in one application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = {"shared", "platform"})
public class FazhiApplication {

    public static void main(String[] args) {
        SpringApplication.run(FazhiApplication.class, args);
    }
}
