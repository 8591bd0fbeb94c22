/**
 * 文件存储: evidence files, photos and documents kept outside the database under {@code ${fazhi.data-dir}/files/},
 * each recorded with its owner, its type as sniffed from its bytes, its size and its SM3 digest; read back only after
 * the digest is checked again, and verifiable as a whole ({@code --verify-files}, {@code /actuator/files}).
 */
@NamedInterface("files")
@NullMarked
package org.fazhi.platform.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
