package cn.gov.qztb.subsidy.migration;

import java.util.List;

/**
 * What an administrator asks for: move the running applications of one older version (or of all
 * older versions when {@code fromVersion} is null) to the newest version of the program, with
 * activities of the same id mapped to each other and any further {@code mappings} added; only
 * report what would happen unless {@code execute} is true.
 */
public record MigrationRequest(Integer fromVersion, List<Mapping> mappings, boolean execute) {

  public record Mapping(String from, String to) {}

  public MigrationRequest {
    mappings = mappings == null ? List.of() : List.copyOf(mappings);
  }

  public static MigrationRequest dryRun() {
    return new MigrationRequest(null, List.of(), false);
  }
}
