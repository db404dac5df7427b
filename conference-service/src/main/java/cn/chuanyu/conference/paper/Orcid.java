package cn.chuanyu.conference.paper;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ORCID iD: four groups of four digits, the last character a ISO 7064 11,2 check digit (0-9 or X). */
@Documented
@Constraint(validatedBy = Orcid.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Orcid {

    String message() default "{cn.chuanyu.conference.orcid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Orcid, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!value.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]")) {
                return false;
            }
            String digits = value.replace("-", "");
            int total = 0;
            for (int i = 0; i < 15; i++) {
                total = (total + (digits.charAt(i) - '0')) * 2;
            }
            int check = (12 - total % 11) % 11;
            return digits.charAt(15) == (check == 10 ? 'X' : (char) ('0' + check));
        }
    }
}
