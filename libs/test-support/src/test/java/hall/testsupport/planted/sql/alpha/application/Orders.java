package hall.testsupport.planted.sql.alpha.application;

import java.sql.Connection;
import java.sql.SQLException;

public class Orders {
    public void place(Connection connection, String id) throws SQLException {
        connection.prepareStatement("insert into orders (id) values ('" + id + "')").executeUpdate();
    }
}
