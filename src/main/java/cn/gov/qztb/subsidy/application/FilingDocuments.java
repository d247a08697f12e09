package cn.gov.qztb.subsidy.application;

import java.util.List;

/**
 * What a filing must carry besides its fields: the labels of the required 申报材料 the application
 * has not got yet. Implemented where the documents are kept (package document), so that this
 * package needs nothing of it.
 */
public interface FilingDocuments {

  List<String> missingRequired(Application application);
}
