package cn.gov.qztb.subsidy.dataimport;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.dataimport.RowChecker.CheckedRow;
import cn.gov.qztb.subsidy.engine.EngineAccess;
import cn.gov.qztb.subsidy.reference.DataHolderRepository;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.Township;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports a data holder's file (免申即享): read as a stream, every row checked, and written only if
 * no row has a problem. Only the dataset's holder (and administrators) may import it.
 */
@Service
public class DataImportService {

  private final ImportWriter writer;
  private final EnterpriseMemberships memberships;
  private final DataHolderRepository holders;
  private final DistrictUnitRepository units;
  private final TownshipRepository townships;
  private final JdbcTemplate jdbc;

  public DataImportService(ImportWriter writer, EnterpriseMemberships memberships, DataHolderRepository holders,
      DistrictUnitRepository units, TownshipRepository townships, JdbcTemplate jdbc) {
    this.writer = writer;
    this.memberships = memberships;
    this.holders = holders;
    this.units = units;
    this.townships = townships;
    this.jdbc = jdbc;
  }

  /** @throws Refusal (404) for an unknown dataset */
  public static Dataset dataset(String id) {
    return Dataset.byId(id).orElseThrow(() -> Refusal.notFound("没有名为「" + shorten(id) + "」的数据集，可导入的数据集："
        + Arrays.stream(Dataset.values()).map(d -> d.id() + "（" + d.title() + "）").collect(Collectors.joining("、"))));
  }

  /** The datasets the user may import: their holder's, or all for administrators. */
  public List<Dataset> importable(String userId) {
    List<String> groups = memberships.groupIdsOf(userId);
    return Arrays.stream(Dataset.values())
        .filter(d -> groups.contains(EngineAccess.ADMIN_GROUP) || groups.contains(holderGroup(d))).toList();
  }

  /** @throws Refusal (403) unless the user is staff of the dataset's holder or an administrator */
  public void requireHolder(Dataset dataset, String userId) {
    if (!importable(userId).contains(dataset)) {
      throw Refusal.forbidden("您（" + userId + "）不是数据集“" + dataset.title() + "”的数据持有单位的经办人员，不能导入");
    }
  }

  public ImportReport importFile(Dataset dataset, String fileName, InputStream in, String userId) {
    requireHolder(dataset, userId);
    MessageDigest sha256 = sha256();
    RowChecker checker = new RowChecker(dataset, townships.findAll().stream()
        .collect(Collectors.toMap(Township::getName, Township::getCode)));
    Set<String> registered = new HashSet<>(jdbc.queryForList("select credit_code from enterprise", String.class));
    String partyHeader = dataset.partyColumn().map(Dataset.Column::header).orElse(null);
    List<ImportProblem> problems = new ArrayList<>();
    List<CheckedRow> rows = new ArrayList<>();
    List<ImportReport.Unregistered> unregistered = new ArrayList<>();
    int[] count = {0};
    try (DigestInputStream digesting = new DigestInputStream(in, sha256)) {
      // the readers close what they read; the rest of the file must still pass through the digest
      HolderFile.read(new FilterInputStream(digesting) {
        @Override
        public void close() {}
      }, dataset, fileRow -> {
        count[0]++;
        CheckedRow row = checker.check(fileRow, problems);
        if (row == null) {
          return;
        }
        if (row.party() != null && !registered.contains(row.party())) {
          unregistered.add(new ImportReport.Unregistered(row.row(), partyHeader, row.party()));
        } else {
          rows.add(row);
        }
      });
      digesting.transferTo(OutputStream.nullOutputStream());
    } catch (HolderFile.FileRefused refused) {
      return ImportReport.refused(dataset.id(), dataset.title(), refused.problems());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      return ImportReport.refused(dataset.id(), dataset.title(), problems);
    }
    return writer.write(dataset, fileName, HexFormat.of().formatHex(sha256.digest()), userId, rows, unregistered,
        count[0]);
  }

  private String holderGroup(Dataset dataset) {
    return holders.findById(dataset.holderCode()).map(h -> h.getGroupId())
        .or(() -> units.findById(dataset.holderCode()).map(u -> u.getGroupId()))
        .orElseThrow(() -> new IllegalStateException("no holder " + dataset.holderCode()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
