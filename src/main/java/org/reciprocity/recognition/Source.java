package org.reciprocity.recognition;

/** Who recognised: a colleague, a customer (praise HR published with consent), or HR on the company's behalf. */
public enum Source {
    COLLEAGUE, CUSTOMER, HR
}
