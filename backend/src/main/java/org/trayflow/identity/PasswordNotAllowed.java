package org.trayflow.identity;

import java.util.List;
import java.util.stream.Collectors;
import org.trayflow.platform.ExpectedFailure;

/** A chosen password that breaks one or more of the {@link PasswordRules}: each is named. */
public class PasswordNotAllowed extends ExpectedFailure {

  PasswordNotAllowed(List<PasswordRules.Rule> broken) {
    super(
        Kind.INVALID,
        "password-not-allowed",
        "The new password must be: "
            + broken.stream()
                .map(rule -> rule.inWords().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("; "))
            + ".",
        broken.stream().map(rule -> new Detail("newPassword", rule.inWords())).toList());
  }
}
