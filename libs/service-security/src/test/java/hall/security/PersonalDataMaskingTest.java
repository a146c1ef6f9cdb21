package hall.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskingTest {

    @Test
    void masksTheMiddleOfAMobileNumber() {
        assertThat(PersonalDataMasking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void masksAllButTheLastTwoDigitsOfAShortNumber() {
        assertThat(PersonalDataMasking.phone("5551234")).isEqualTo("*****34");
    }

    @Test
    void keepsOnlyTheFirstAndLastFourCharactersOfAnIdNumber() {
        assertThat(PersonalDataMasking.idNumber("11010119900307123X")).isEqualTo("1101**********123X");
    }

    @Test
    void keepsOnlyTheFamilyNameCharacter() {
        assertThat(PersonalDataMasking.name("张三丰")).isEqualTo("张**");
        assertThat(PersonalDataMasking.name("李")).isEqualTo("李");
    }

    @Test
    void leavesMissingValuesAlone() {
        assertThat(PersonalDataMasking.phone(null)).isNull();
        assertThat(PersonalDataMasking.idNumber("")).isEmpty();
    }
}
