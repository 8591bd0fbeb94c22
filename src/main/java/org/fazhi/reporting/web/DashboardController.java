package org.fazhi.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    @GetMapping("/")
    String dashboard() {
        return "reporting/dashboard";
    }
}
