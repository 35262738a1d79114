package org.reciprocity.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    /**
     * The row, locked until the transaction ends: two attempts at once for one account are taken one after the
     * other, so a code cannot be accepted twice and every wrong one is counted.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SecondFactor f where f.accountId = :accountId")
    Optional<SecondFactor> lock(long accountId);

    @Query("select count(f) > 0 from SecondFactor f where f.accountId = :accountId and f.confirmedAt is not null")
    boolean isConfirmed(long accountId);

    @Modifying
    @Query("delete from SecondFactor f where f.accountId = :accountId")
    int deleteOf(long accountId);
}
