package hall.caseservice.api;

import hall.testsupport.BadInputChecks;

/** Generated bad values at every write operation of the API document: 4xx problem details, nothing stored or published. */
class BadInputPropertyTest extends ApiTestBase implements BadInputChecks {
}
