package org.reciprocity.security;

/**
 * Accounts that sign in without a second factor although their role would ask for one. Only the demo declares
 * any (its accounts, in demo mode: their password is published in the README anyway); without a bean of this
 * type nobody is exempt.
 */
public interface SecondFactorExemption {

    boolean exempts(String username);
}
