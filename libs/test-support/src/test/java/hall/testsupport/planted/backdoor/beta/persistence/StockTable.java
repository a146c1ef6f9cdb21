package hall.testsupport.planted.backdoor.beta.persistence;

public class StockTable {
    public int decrement(String item) {
        return item.length();
    }
}
