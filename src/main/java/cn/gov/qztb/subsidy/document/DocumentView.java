package cn.gov.qztb.subsidy.document;

import java.time.Instant;

/** A 申报材料 as listed: never its content, which is downloaded at {@code /api/documents/{id}}. */
public record DocumentView(long id, String kind, String kindLabel, String fileName, String contentType, long size,
    String sha256, String uploadedBy, Instant uploadedAt) {}
