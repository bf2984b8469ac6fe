package com.acme.billing;

/** An invoice for one order, in cents. */
public record Invoice(long orderId, long totalCents) {

    public Invoice {
        if (totalCents < 0) {
            throw new IllegalArgumentException("negative total");
        }
    }
}
