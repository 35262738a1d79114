package org.reciprocity.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query("""
            select c from RecoveryCode c
            where c.accountId = :accountId and c.codeHash = :codeHash and c.usedAt is null""")
    Optional<RecoveryCode> findUnused(long accountId, String codeHash);

    @Query("select count(c) from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
    int countUnused(long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    int deleteOf(long accountId);
}
