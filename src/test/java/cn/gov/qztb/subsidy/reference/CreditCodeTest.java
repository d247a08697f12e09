package cn.gov.qztb.subsidy.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350521MAF5PJ9637", "91350521MAWPDQNQ93", "91350100M000100Y43"})
  void acceptsCodesWithTheRightCheckCharacter(String code) {
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "91350521MAF5PJ9638", // check character off by one
      "91350521MAF5PJ963", // 17 characters
      "91350521MAF5PJ96370", // 19 characters
      "91350521MAF5PJ963I", // I is not in the alphabet
      "91350521maf5pj9637", // lower case is not in the alphabet
      ""})
  void rejectsOthers(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
  }

  @Test
  void requireValidNamesTheStandard() {
    assertThatThrownBy(() -> CreditCode.requireValid("91350521MAF5PJ9638"))
        .hasMessageContaining("GB 32100-2015");
  }
}
