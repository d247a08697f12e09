package cn.gov.qztb.subsidy.payment;

/**
 * One line of the bank's answer, as given in a return file (its row) or typed in the task: the
 * batch it names, the line number, 成功 or 失败, the bank's reference, the reason of a failure and,
 * when the file has the column, the amount.
 */
record BankResult(String where, String batchNumber, String lineNo, String result, String reference, String reason,
    String amount) {}
