package org.fazhi.registry.publication;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateCheckCodes;
import org.fazhi.registry.certificate.Certificates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The QR code an agency prints on a certificate: it decodes to the public check page, and only its staff get it. */
@FazhiIntegrationTest
class CertificateCheckCodeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData data;
    @Autowired Certificates certificates;
    @Autowired CertificateCheckCodes codes;

    @Test
    void theAgencysAdminDownloadsAPngThatDecodesToTheCheckPage() throws Exception {
        Agency agency = data.agency("二维码下载局");
        Certificate certificate = certificate(agency);
        byte[] png = mvc.perform(get("/registry/certificates/" + certificate.id() + "/check-code.png")
                        .with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        String url = decode(png);
        assertThat(url).isEqualTo("http://localhost/public/certificates/" + codes.codeOf(certificate));
        mvc.perform(get(url.substring("http://localhost".length())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(certificate.number())));
    }

    @Test
    void theCertificatePageLinksTheDownload() throws Exception {
        Agency agency = data.agency("二维码链接局");
        Certificate certificate = certificate(agency);
        mvc.perform(get("/registry/certificates/" + certificate.id()).with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/registry/certificates/" + certificate.id() + "/check-code.png")));
    }

    @Test
    void anotherAgencysAdminFindsNoSuchCodeAndAnAnonymousVisitorIsSentToLogIn() throws Exception {
        Agency agency = data.agency("二维码本主体局");
        Agency other = data.agency("二维码他主体局");
        Certificate certificate = certificate(agency);
        String path = "/registry/certificates/" + certificate.id() + "/check-code.png";
        mvc.perform(get(path).with(user(RegistryTestData.agencyAdmin(other)))).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    private Certificate certificate(Agency agency) {
        LocalDate today = certificates.today();
        return data.certificate(data.officer(agency), today.minusYears(1), today.plusYears(4));
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
