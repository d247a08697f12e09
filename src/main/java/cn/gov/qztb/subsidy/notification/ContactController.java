package cn.gov.qztb.subsidy.notification;

import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/my-contact}: the logged-in user's own e-mail and mobile number for
 * notifications. The path names no user: nobody reads or changes another's contact.
 */
@RestController
public class ContactController {

  private final Contacts contacts;

  public ContactController(Contacts contacts) {
    this.contacts = contacts;
  }

  @GetMapping("/api/my-contact")
  public Contacts.Contact get(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    return contacts.of(userId);
  }

  @PutMapping("/api/my-contact")
  public Contacts.Contact put(@RequestBody Map<String, Object> input,
      @RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    return contacts.set(userId, input);
  }
}
