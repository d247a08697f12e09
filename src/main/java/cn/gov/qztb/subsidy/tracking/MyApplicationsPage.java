package cn.gov.qztb.subsidy.tracking;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的申请 at /my-applications/: the static page (public/my-applications/), which asks the API for everything. */
@Controller
public class MyApplicationsPage {

  @GetMapping({"/my-applications", "/my-applications/"})
  public String page() {
    return "forward:/my-applications/index.html";
  }
}
