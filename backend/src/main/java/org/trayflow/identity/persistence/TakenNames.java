package org.trayflow.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Whether a user name is someone's already, in any hospital: names are unique across tenants so
 * that sign-in needs no hospital code, and row security hides other hospitals' people, so
 * PostgreSQL's {@code user_name_taken} answers (V20). It tells no more than adding the person would
 * (that the name is taken), never whose it is, and works in whichever scope its caller is in.
 */
@ApplicationScoped
@Transactional
public class TakenNames {

  @Inject EntityManager em;

  public boolean isTaken(String username) {
    return (Boolean)
        em.createNativeQuery("select user_name_taken(?1)")
            .setParameter(1, username)
            .getSingleResult();
  }
}
