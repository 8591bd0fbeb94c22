package org.fazhi.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The disclosure portal's home (公示首页), open to everyone: links to the lists the modules publish under
 * {@code /public/**}. Each module adds its link to {@code templates/public/home.html}.
 */
@Controller
class PublicPortal {

    @GetMapping("/public")
    String home() {
        return "public/home";
    }
}
