package org.fazhi.platform.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.inspection.PlanFilingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's kind comes from its bytes: each accepted kind is recognised, anything else is refused whatever its name. */
class ContentSniffingTests {

    @TempDir Path folder;

    @Test
    void imagesByTheirSignatures() throws IOException {
        assertThat(kindOf(SampleFiles.png())).contains(FileKind.PNG);
        assertThat(kindOf(SampleFiles.jpeg())).contains(FileKind.JPEG);
        assertThat(FileKind.PNG.category()).isEqualTo(FileKind.Category.IMAGE);
    }

    @Test
    void pdfAndWordDocumentsOldAndNew() throws IOException {
        assertThat(kindOf(PlanFilingFiles.pdf())).contains(FileKind.PDF);
        assertThat(kindOf(PlanFilingFiles.docx("询问笔录"))).contains(FileKind.DOCX);
        assertThat(kindOf(SampleFiles.doc())).contains(FileKind.DOC);
    }

    @Test
    void recordingsAndVideos() throws IOException {
        assertThat(kindOf(wav())).contains(FileKind.WAV);
        assertThat(kindOf(SampleFiles.mp3WithTag())).contains(FileKind.MP3);
        assertThat(kindOf(SampleFiles.mp3Frame())).contains(FileKind.MP3);
        assertThat(kindOf(SampleFiles.isoMedia("M4A "))).contains(FileKind.M4A);
        assertThat(kindOf(SampleFiles.isoMedia("isom"))).contains(FileKind.MP4);
        assertThat(kindOf(SampleFiles.isoMedia("mp42"))).contains(FileKind.MP4);
        assertThat(kindOf(SampleFiles.amr())).contains(FileKind.AMR);
        assertThat(FileKind.MP4.category()).isEqualTo(FileKind.Category.VIDEO);
        assertThat(FileKind.AMR.category()).isEqualTo(FileKind.Category.AUDIO);
    }

    @Test
    void pagesScriptsAndProgramsAreNoneOfThemWhateverTheyAreCalled() throws IOException {
        assertThat(kindOf(SampleFiles.html())).isEmpty();
        assertThat(kindOf("<?xml version=\"1.0\"?><svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(kindOf("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(kindOf(SampleFiles.exe())).isEmpty();
        assertThat(kindOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0})).isEmpty();
        assertThat(kindOf("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(kindOf(new byte[0])).isEmpty();
        assertThat(kindOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).as("a bare JPEG marker").isEmpty();
    }

    @Test
    void containersMustHoldAWordDocument() throws IOException {
        assertThat(kindOf(xlsx())).as("a spreadsheet is a zip too").isEmpty();
        assertThat(kindOf(zip("word/document.xml", "word/vbaProject.bin"))).as("a macro document").isEmpty();
        assertThat(kindOf(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8})).as("a broken zip").isEmpty();
        assertThat(kindOf(SampleFiles.compoundFileWith("Workbook"))).as("an old spreadsheet is OLE2 too").isEmpty();
        assertThat(kindOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0, 0})).as("a broken compound file").isEmpty();
    }

    @Test
    void mediaOfOtherKindsAreRefused() throws IOException {
        assertThat(kindOf(SampleFiles.isoMedia("heic"))).as("an iPhone photo in HEIF").isEmpty();
        assertThat(kindOf(SampleFiles.isoMedia("qt  "))).as("QuickTime").isEmpty();
        assertThat(kindOf("RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.ISO_8859_1))).as("AVI").isEmpty();
        assertThat(kindOf(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0xF0, 0})).as("a bad bit rate").isEmpty();
    }

    private Optional<FileKind> kindOf(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(folder, "sample", ".bin");
        Files.write(file, bytes);
        return ContentSniffing.of(file);
    }

    private static byte[] wav() throws IOException {
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        byte[] silence = new byte[1600];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(silence), format, 800),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(1);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
