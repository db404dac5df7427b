package cn.chuanyu.conference.kernel;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of the programme (a conference, its call for papers): from {@value #FIRST} to {@value #LAST}. The programme
 * began in 2020; the range leaves room for records of earlier conferences and for planning decades ahead.
 */
@Documented
@Constraint(validatedBy = ProgrammeDate.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProgrammeDate {

    String FIRST = "2000-01-01";
    String LAST = "2099-12-31";

    String message() default "{cn.chuanyu.conference.programme-date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ProgrammeDate, LocalDate> {
        private static final LocalDate MIN = LocalDate.parse(FIRST);
        private static final LocalDate MAX = LocalDate.parse(LAST);

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(MIN) && !value.isAfter(MAX);
        }
    }
}
