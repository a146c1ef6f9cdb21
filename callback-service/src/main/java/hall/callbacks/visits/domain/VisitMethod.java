package hall.callbacks.visits.domain;

/** 电话回访 PHONE, 上门面谈 FACE_TO_FACE, 日常巡视 PATROL. */
public enum VisitMethod {
    PHONE, FACE_TO_FACE, PATROL
}
