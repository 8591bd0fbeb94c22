package org.fazhi.platform.files;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code GET /actuator/files} (administrators only): checks every stored file and lists the missing or altered. */
@Component
@Endpoint(id = "files")
class FilesEndpoint {

    private final StoredFiles files;

    FilesEndpoint(StoredFiles files) {
        this.files = files;
    }

    @ReadOperation
    FileCheck verify() {
        return files.verify();
    }
}
