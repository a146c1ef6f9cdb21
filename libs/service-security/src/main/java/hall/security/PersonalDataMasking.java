package hall.security;

/** Masks personal data for callers whose role does not need it in full. */
public final class PersonalDataMasking {

    private PersonalDataMasking() {
    }

    /** 13812345678 becomes 138****5678; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.strip();
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
        }
        return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
    }

    /** An 18-character ID number keeps its first and last four characters: 1101**********1234. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return idNumber;
        }
        String value = idNumber.strip();
        if (value.length() <= 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    /** 张三丰 becomes 张**; a one-character name stays as it is. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String value = name.strip();
        int first = value.offsetByCodePoints(0, 1);
        int rest = value.codePointCount(first, value.length());
        return value.substring(0, first) + "*".repeat(rest);
    }
}
