package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.SeedFiles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The demo logins of seeds/demo/users.yaml, all with the password {@code demo}; demo profile only. */
@Component
public class DemoUsers {

  public static final String DEMO_PASSWORD = "demo";

  record DemoUser(String id, String name, List<String> groups, String enterprise) {}

  private final SeedFiles seeds;
  private final IdentitySeeder seeder;

  public DemoUsers(SeedFiles seeds, IdentitySeeder seeder) {
    this.seeds = seeds;
    this.seeder = seeder;
  }

  public void seed() {
    for (DemoUser user : seeds.yamlList("demo/users.yaml", DemoUser.class)) {
      List<String> groups = new ArrayList<>(user.groups() == null ? List.of() : user.groups());
      if (user.enterprise() != null) {
        groups.add(Enterprise.groupIdOf(user.enterprise()));
      }
      seeder.ensureUser(user.id(), user.name(), DEMO_PASSWORD, groups);
    }
  }
}
