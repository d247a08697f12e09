package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An enterprise on the district's listing reserve list (上市后备企业库), kept by 区财政金融与国资局
 * in seeds/reference/listing-reserve.csv (the demo adds seeds/demo/listing-reserve.csv).
 */
@Entity
@Table(name = "listing_reserve")
public class ListingReserveEntry {

  @Id
  @Column(name = "credit_code")
  private String creditCode;

  @Column(name = "entered_on")
  private LocalDate enteredOn;

  private String note;

  protected ListingReserveEntry() {}

  public ListingReserveEntry(String creditCode, LocalDate enteredOn, String note) {
    this.creditCode = creditCode;
    this.enteredOn = enteredOn;
    this.note = note;
  }

  void update(LocalDate enteredOn, String note) {
    this.enteredOn = enteredOn;
    this.note = note;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public LocalDate getEnteredOn() {
    return enteredOn;
  }
}
