package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.notification.Contacts;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.SeedFiles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo logins of seeds/demo/users.yaml, all with the password {@code demo}; demo profile only.
 * A user's {@code email} and {@code mobile} become their contact for notifications unless they
 * have one already (their own change survives a restart).
 */
@Component
public class DemoUsers {

  public static final String DEMO_PASSWORD = "demo";
  static final String FILE = "demo/users.yaml";

  record DemoUser(String id, String name, List<String> groups, String enterprise, String email, String mobile) {}

  private final SeedFiles seeds;
  private final IdentitySeeder seeder;
  private final Contacts contacts;

  public DemoUsers(SeedFiles seeds, IdentitySeeder seeder, Contacts contacts) {
    this.seeds = seeds;
    this.seeder = seeder;
    this.contacts = contacts;
  }

  public void seed() {
    for (DemoUser user : seeds.yamlList(FILE, DemoUser.class)) {
      List<String> groups = new ArrayList<>(user.groups() == null ? List.of() : user.groups());
      if (user.enterprise() != null) {
        groups.add(Enterprise.groupIdOf(user.enterprise()));
      }
      seeder.ensureUser(user.id(), user.name(), DEMO_PASSWORD, groups);
      contacts.addIfAbsent(user.id(), user.email(), user.mobile(), "seeds/" + FILE);
    }
  }
}
