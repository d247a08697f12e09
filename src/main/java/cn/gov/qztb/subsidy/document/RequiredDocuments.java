package cn.gov.qztb.subsidy.document;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.FilingDocuments;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The filing's check for its required 申报材料 (see {@link FilingDocuments}). */
@Component
public class RequiredDocuments implements FilingDocuments {

  private final Documents documents;

  public RequiredDocuments(@Lazy Documents documents) {
    this.documents = documents;
  }

  @Override
  public List<String> missingRequired(Application application) {
    return documents.missingRequired(application);
  }
}
