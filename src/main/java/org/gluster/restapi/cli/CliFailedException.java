package org.gluster.restapi.cli;

import jakarta.ejb.ApplicationException;

/** The CLI answered and said the operation failed ({@code opRet} != 0). */
@ApplicationException
public class CliFailedException extends RuntimeException {

    private final int opRet;
    private final int opErrno;
    private final String opErrstr;
    private final CliFailure kind;

    public CliFailedException(int opRet, int opErrno, String opErrstr) {
        this(opRet, opErrno, opErrstr, CliFailure.classify(opErrno, opErrstr));
    }

    private CliFailedException(int opRet, int opErrno, String opErrstr, CliFailure kind) {
        super(opErrstr);
        this.opRet = opRet;
        this.opErrno = opErrno;
        this.opErrstr = opErrstr;
        this.kind = kind;
    }

    /** The same CLI answer, where the caller knows better what it means. */
    public CliFailedException as(CliFailure meaning) {
        return new CliFailedException(opRet, opErrno, opErrstr, meaning);
    }

    public int opRet() {
        return opRet;
    }

    public int opErrno() {
        return opErrno;
    }

    public String opErrstr() {
        return opErrstr;
    }

    public CliFailure kind() {
        return kind;
    }
}
