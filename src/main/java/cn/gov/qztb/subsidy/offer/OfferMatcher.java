package cn.gov.qztb.subsidy.offer;

import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.dataimport.HolderStore;
import cn.gov.qztb.subsidy.program.ProgramCase;
import cn.gov.qztb.subsidy.program.ProgramCases;
import cn.gov.qztb.subsidy.program.ProgramRegistry;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.workflow.OfferStarts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 免申即享: runs the rules on the holders' figures, a batch of enterprises at a time, and offers
 * each award the data proves to the enterprise, unless an application of the edition has already
 * had its subject. Programs whose filing window is closed on the business date offer nothing.
 */
@Service
public class OfferMatcher {

  private static final Logger log = LoggerFactory.getLogger(OfferMatcher.class);

  /** A run of enterprises (credit codes from first to last) matched by one job. */
  public record Batch(String first, String last) {}

  private final HolderStore store;
  private final ProgramRegistry programs;
  private final ProgramCases cases;
  private final ApplicationService applications;
  private final EnterpriseRepository enterprises;
  private final OfferStarts starts;

  public OfferMatcher(HolderStore store, ProgramRegistry programs, ProgramCases cases, ApplicationService applications,
      EnterpriseRepository enterprises, OfferStarts starts) {
    this.store = store;
    this.programs = programs;
    this.cases = cases;
    this.applications = applications;
    this.enterprises = enterprises;
    this.starts = starts;
  }

  /** Every enterprise with figures, cut into batches of {@code size}. */
  public List<Batch> plan(int size) {
    List<Batch> batches = new ArrayList<>();
    String after = null;
    for (List<String> codes = store.partiesAfter(null, size); !codes.isEmpty();
        codes = store.partiesAfter(after, size)) {
      after = codes.get(codes.size() - 1);
      batches.add(new Batch(codes.get(0), after));
    }
    return batches;
  }

  /**
   * Matches one batch; returns the offers made. Batches run side by side on the job executor's
   * threads and nodes; batches of two imports close together that meet the same enterprise take
   * turns on its row lock (and a subject claimed twice all the same fails the later job, which is
   * retried and finds it taken).
   */
  public int match(Batch batch) {
    List<String> codes = store.partiesBetween(batch.first(), batch.last());
    if (codes.isEmpty()) {
      return 0;
    }
    Map<String, String> editions = openEditions();
    HolderFacts facts = store.snapshot(codes);
    int offered = 0;
    // an enterprise is matched by one batch at a time: another import's batch that meets it waits,
    // then finds its subjects taken
    for (Enterprise enterprise : enterprises.lockAll(codes)) {
      for (Map.Entry<String, String> program : editions.entrySet()) {
        offered += offer(cases.open(program.getKey(), program.getValue(), enterprise), program.getValue(), facts);
      }
    }
    return offered;
  }

  private int offer(ProgramCase<?, ?> programCase, String edition, HolderFacts facts) {
    int offered = 0;
    for (ProgramCase.Offer offer : programCase.offers(facts)) {
      String why = applications.whyNotOffered(programCase, edition, offer, facts);
      if (why != null) {
        log.debug("No offer of {} to {} for {}: {}", programCase.program().key(),
            programCase.enterprise().getCreditCode(), offer.subjectKey(), why);
        continue;
      }
      String township = programCase.verifyingTownship(offer.json(), facts);
      starts.start(programCase.program().key(), edition, programCase.enterprise(), offer,
          township == null ? programCase.enterprise().getTownshipCode() : township, facts);
      offered++;
    }
    return offered;
  }

  /** The programs open for filing on the business date, with the edition in force. */
  private Map<String, String> openEditions() {
    Map<String, String> open = new LinkedHashMap<>();
    for (SubsidyProgram<?, ?> program : programs.all()) {
      String edition = applications.editionOpenNow(program.key());
      if (edition != null) {
        open.put(program.key(), edition);
      }
    }
    return open;
  }
}
